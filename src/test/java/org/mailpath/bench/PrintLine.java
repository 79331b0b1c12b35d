package org.mailpath.bench;

/** The floor of {@code mailpath --version}: the same JVM starting and printing one line. */
public final class PrintLine {
  private PrintLine() {}

  public static void main(String[] args) {
    System.out.println("mailpath floor");
  }
}
