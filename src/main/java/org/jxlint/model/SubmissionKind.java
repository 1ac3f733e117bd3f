package org.jxlint.model;

/** 部门整体 (a department's or township's whole spending) or 项目支出 (one funded project). */
public enum SubmissionKind {
  DEPARTMENT("department"),
  PROJECT("project");

  private final String key;

  SubmissionKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
