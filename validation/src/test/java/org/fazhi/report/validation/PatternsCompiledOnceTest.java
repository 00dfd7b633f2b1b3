package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fazhi.report.Report;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reading and validating a report compiles no regular expression per call: in the classes of the
 * core and validation modules, {@code Pattern.compile} runs only in static initializers (and an
 * enum's constructor, once per constant), and no {@code String.matches}, {@code replaceAll} or
 * {@code replaceFirst} — each compiles a pattern on every call — nor a {@code split} whose
 * separator misses {@code String}'s one-character fast path is called at all. Found by reading the
 * byte code, not by timing.
 */
class PatternsCompiledOnceTest {

  @Test
  void coreAndValidationCompileNoPatternPerCall() {
    List<String> found = new ArrayList<>();
    for (Class<?> module : List.of(Report.class, ReportValidator.class)) {
      classesOf(module).forEach(bytes -> found.addAll(perCallPatterns(bytes)));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theScanFindsEveryKindOfPerCallPattern() throws IOException {
    assertThat(perCallPatterns(bytesOf(PerCall.class)))
        .containsExactly(
            PerCall.class.getName() + ".compiles: Pattern.compile outside a static initializer",
            PerCall.class.getName() + ".matches: String.matches compiles a pattern per call",
            PerCall.class.getName() + ".replaces: String.replaceAll compiles a pattern per call",
            PerCall.class.getName() + ".splitsOnARegex: String.split(\"\\s+\") compiles a pattern",
            PerCall.class.getName()
                + ".splitsOnAVariable: String.split(a variable) may compile one");
  }

  /** What the scan must find, and what it must let pass. */
  @SuppressWarnings("unused")
  static final class PerCall {
    static final Pattern ONCE = Pattern.compile("[a-z]+");

    Pattern compiles(String regex) {
      return Pattern.compile(regex);
    }

    boolean matches(String value) {
      return value.matches("[a-z]+");
    }

    String replaces(String value) {
      return value.replaceAll("a", "b");
    }

    String[] splitsOnARegex(String value) {
      return value.split("\\s+");
    }

    String[] splitsOnAVariable(String value, String separator) {
      return value.split(separator);
    }

    String[] splitsOnAChar(String value) {
      return value.substring(1).split("/", -1);
    }

    String[] splitsOnAnEscapedDot(String value) {
      return value.split("\\.");
    }

    boolean matchesOnce(String value) {
      return ONCE.matcher(value).matches();
    }
  }

  /** The findings for one class file. */
  private static List<String> perCallPatterns(byte[] classFile) {
    List<String> found = new ArrayList<>();
    ClassReader reader = new ClassReader(classFile);
    String owner = reader.getClassName().replace('/', '.');
    boolean isEnum = (reader.getAccess() & Opcodes.ACC_ENUM) != 0;
    reader.accept(
        new ClassVisitor(Opcodes.ASM9) {
          @Override
          public MethodVisitor visitMethod(
              int access, String name, String descriptor, String signature, String[] exceptions) {
            boolean once = name.equals("<clinit>") || (isEnum && name.equals("<init>"));
            return new MethodVisitor(Opcodes.ASM9) {
              private String constant;

              @Override
              public void visitLdcInsn(Object value) {
                constant = value instanceof String ? (String) value : null;
              }

              @Override
              public void visitInsn(int opcode) {
                if (opcode < Opcodes.ICONST_M1 || opcode > Opcodes.ICONST_5) {
                  constant = null;
                }
              }

              @Override
              public void visitIntInsn(int opcode, int operand) {}

              @Override
              public void visitVarInsn(int opcode, int index) {
                constant = null;
              }

              @Override
              public void visitFieldInsn(int opcode, String o, String n, String d) {
                constant = null;
              }

              @Override
              public void visitJumpInsn(int opcode, Label label) {
                constant = null;
              }

              @Override
              public void visitTypeInsn(int opcode, String type) {
                constant = null;
              }

              @Override
              public void visitInvokeDynamicInsn(
                  String n, String d, Handle handle, Object... arguments) {
                constant = null;
              }

              @Override
              public void visitMethodInsn(
                  int opcode, String type, String method, String desc, boolean isInterface) {
                String at = owner + "." + name + ": ";
                if (type.equals("java/util/regex/Pattern") && method.equals("compile") && !once) {
                  found.add(at + "Pattern.compile outside a static initializer");
                } else if (type.equals("java/lang/String")
                    && List.of("matches", "replaceAll", "replaceFirst").contains(method)) {
                  found.add(at + "String." + method + " compiles a pattern per call");
                } else if (type.equals("java/lang/String") && method.equals("split")) {
                  if (constant == null) {
                    found.add(at + "String.split(a variable) may compile one");
                  } else if (!fastPath(constant)) {
                    found.add(at + "String.split(\"" + constant + "\") compiles a pattern");
                  }
                }
                constant = null;
              }
            };
          }
        },
        ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return found;
  }

  /** Whether {@code String.split} splits on {@code regex} without compiling it (its fast path). */
  private static boolean fastPath(String regex) {
    if (regex.length() == 1) {
      return ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0;
    }
    return regex.length() == 2
        && regex.charAt(0) == '\\'
        && !Character.isLetterOrDigit(regex.charAt(1))
        && !Character.isSurrogate(regex.charAt(1));
  }

  /** The class files of the module (directory or jar) that holds {@code type}. */
  private static Stream<byte[]> classesOf(Class<?> type) {
    try {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<byte[]> classes = new ArrayList<>();
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          for (Path file : (Iterable<Path>) files::iterator) {
            if (file.toString().endsWith(".class")) {
              classes.add(Files.readAllBytes(file));
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (entry.getName().endsWith(".class")) {
              try (InputStream in = jar.getInputStream(entry)) {
                classes.add(in.readAllBytes());
              }
            }
          }
        }
      }
      assertThat(classes).as("class files next to " + type.getName()).hasSizeGreaterThan(10);
      return classes.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytesOf(Class<?> type) throws IOException {
    String name = type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
