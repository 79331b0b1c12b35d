package org.mailpath.report.diff;

/** An aspect that carries its heading, so each kind of fact states it once, in its constructor. */
abstract class NamedAspect implements DiffAspect {

  private final String name;

  NamedAspect(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }
}
