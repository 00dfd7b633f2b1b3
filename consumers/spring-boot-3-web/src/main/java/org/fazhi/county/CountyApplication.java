package org.fazhi.county;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A county system that receives annual reports over HTTP. */
@SpringBootApplication
public class CountyApplication {
  public static void main(String[] args) {
    SpringApplication.run(CountyApplication.class, args);
  }
}
