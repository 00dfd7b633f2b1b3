package org.fazhi.report.json;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ReferenceTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the model's source says beyond its class files, read with the JDK's own Java parser at build
 * time: the first paragraph of each type's and accessor's Javadoc as plain text (the descriptions
 * of the JSON Schema), and which properties a type's check rejects when blank ({@code
 * Invariants.notBlank(getTitle(), "title")}).
 */
final class ModelSource {
  private final Map<String, String> docs;
  private final Map<String, Set<String>> notBlank;
  private final Map<String, Set<String>> noBlankElements;

  private ModelSource(
      Map<String, String> docs,
      Map<String, Set<String>> notBlank,
      Map<String, Set<String>> noBlankElements) {
    this.docs = docs;
    this.notBlank = notBlank;
    this.noBlankElements = noBlankElements;
  }

  /** Parses every Java file under {@code sourceRoot} (no compilation, no annotation processing). */
  static ModelSource read(Path sourceRoot) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("the JSON Schema is generated on a JDK, not a JRE");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      files =
          walk.filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.getFileName().toString().equals("module-info.java"))
              .sorted()
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> docs = new HashMap<>();
    Map<String, Set<String>> notBlank = new HashMap<>();
    Map<String, Set<String>> noBlankElements = new HashMap<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
      JavacTask task =
          (JavacTask)
              compiler.getTask(
                  null, fileManager, diagnostic -> {}, List.of("-proc:none"), null, units);
      DocTrees trees = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        String packageName =
            unit.getPackageName() == null ? "" : unit.getPackageName().toString() + ".";
        new Scanner(trees, packageName, docs, notBlank, noBlankElements).scan(unit, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ModelSource(docs, notBlank, noBlankElements);
  }

  /** The first paragraph of the Javadoc of {@code type}, as plain text. */
  Optional<String> doc(Class<?> type) {
    return Optional.ofNullable(docs.get(type.getName()));
  }

  /** The first paragraph of the Javadoc of {@code type}'s method {@code name}, as plain text. */
  Optional<String> doc(Class<?> type, String method) {
    return Optional.ofNullable(docs.get(type.getName() + "#" + method));
  }

  /** Whether {@code type}'s check rejects a blank string for {@code property}. */
  boolean isNotBlank(Class<?> type, String property) {
    return notBlank.getOrDefault(type.getName(), Set.of()).contains(property);
  }

  /** Whether {@code type}'s check rejects a blank element of the list {@code property}. */
  boolean hasNoBlankElements(Class<?> type, String property) {
    return noBlankElements.getOrDefault(type.getName(), Set.of()).contains(property);
  }

  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final DocTrees trees;
    private final Deque<String> classes = new ArrayDeque<>();
    private final Map<String, String> docs;
    private final Map<String, Set<String>> notBlank;
    private final Map<String, Set<String>> noBlankElements;

    Scanner(
        DocTrees trees,
        String packageName,
        Map<String, String> docs,
        Map<String, Set<String>> notBlank,
        Map<String, Set<String>> noBlankElements) {
      this.trees = trees;
      this.docs = docs;
      this.notBlank = notBlank;
      this.noBlankElements = noBlankElements;
      classes.push(packageName);
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      String outer = classes.peek();
      String name =
          outer.endsWith(".") || outer.isEmpty()
              ? outer + node.getSimpleName()
              : outer + "$" + node.getSimpleName();
      document(name);
      classes.push(name);
      try {
        return super.visitClass(node, unused);
      } finally {
        classes.pop();
      }
    }

    @Override
    public Void visitMethod(MethodTree node, Void unused) {
      if (node.getParameters().isEmpty()) {
        document(classes.peek() + "#" + node.getName());
      }
      return super.visitMethod(node, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      ExpressionTree select = node.getMethodSelect();
      if (select instanceof MemberSelectTree
          && ((MemberSelectTree) select).getExpression().toString().equals("Invariants")
          && node.getArguments().size() == 2
          && node.getArguments().get(1) instanceof com.sun.source.tree.LiteralTree) {
        String check = ((MemberSelectTree) select).getIdentifier().toString();
        Object property = ((com.sun.source.tree.LiteralTree) node.getArguments().get(1)).getValue();
        if (check.equals("notBlank")) {
          notBlank.computeIfAbsent(classes.peek(), c -> new HashSet<>()).add((String) property);
        } else if (check.equals("noBlankElements")) {
          noBlankElements
              .computeIfAbsent(classes.peek(), c -> new HashSet<>())
              .add((String) property);
        }
      }
      return super.visitMethodInvocation(node, unused);
    }

    private void document(String key) {
      DocCommentTree comment = trees.getDocCommentTree(getCurrentPath());
      if (comment != null) {
        String text = PlainText.of(comment.getFirstSentence(), comment.getBody());
        if (!text.isEmpty()) {
          docs.put(key, text);
        }
      }
    }
  }

  /** The first paragraph of a doc comment as plain text: no tags, no markup, one line. */
  static final class PlainText {
    private PlainText() {}

    static String of(List<? extends DocTree> firstSentence, List<? extends DocTree> body) {
      StringBuilder text = new StringBuilder();
      append(firstSentence, text);
      text.append(' ');
      for (DocTree tree : body) {
        if (tree instanceof StartElementTree
            && ((StartElementTree) tree).getName().toString().equalsIgnoreCase("p")) {
          break;
        }
        append(List.of(tree), text);
      }
      return text.toString().replaceAll("\\s+", " ").trim();
    }

    private static void append(List<? extends DocTree> trees, StringBuilder text) {
      for (DocTree tree : trees) {
        if (tree instanceof TextTree) {
          text.append(((TextTree) tree).getBody());
        } else if (tree instanceof LiteralTree) {
          text.append(((LiteralTree) tree).getBody().getBody());
        } else if (tree instanceof LinkTree) {
          LinkTree link = (LinkTree) tree;
          if (link.getLabel().isEmpty()) {
            text.append(reference(link.getReference()));
          } else {
            append(link.getLabel(), text);
          }
        } else if (tree instanceof EntityTree) {
          String name = ((EntityTree) tree).getName().toString();
          text.append(
              switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "nbsp" -> " ";
                default -> "&" + name + ";";
              });
        }
      }
    }

    /**
     * A reference as a reader of the JSON form knows it: {@code Foo} as Foo, {@code #getBar} (an
     * accessor) as the property bar, {@code Foo#BAR} as Foo.BAR.
     */
    private static String reference(ReferenceTree reference) {
      String signature = reference.getSignature();
      int paren = signature.indexOf('(');
      String plain = paren < 0 ? signature : signature.substring(0, paren);
      int hash = plain.indexOf('#');
      String type = hash < 0 ? plain : plain.substring(0, hash);
      String simpleType = type.substring(type.lastIndexOf('.') + 1);
      if (hash < 0) {
        return simpleType;
      }
      String member = property(plain.substring(hash + 1));
      return simpleType.isEmpty() ? member : simpleType + "." + member;
    }

    /** {@code getBar} as bar, {@code isBar} as bar; any other name as it is. */
    private static String property(String member) {
      for (String prefix : List.of("get", "is")) {
        if (member.length() > prefix.length()
            && member.startsWith(prefix)
            && Character.isUpperCase(member.charAt(prefix.length()))) {
          return Character.toLowerCase(member.charAt(prefix.length()))
              + member.substring(prefix.length() + 1);
        }
      }
      return member;
    }
  }
}
