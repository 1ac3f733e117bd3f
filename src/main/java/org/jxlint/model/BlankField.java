package org.jxlint.model;

/**
 * A field of the form's header whose label stands beside an empty cell (项目负责人 | ), or a choice
 * with no box ticked (延续项目□新增项目□): something the form asks for and the unit did not give.
 *
 * @param label the field's label as written
 * @param location where the label stands
 */
public record BlankField(String label, SourceLocation location)
    implements java.io.Serializable {

  public BlankField {
    location = location == null ? SourceLocation.NONE : location;
  }
}
