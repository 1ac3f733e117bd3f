package org.jxlint.ingest;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of one PDF page: the borders Word, WPS and Excel draw around table cells, as
 * stroked lines or as thin filled rectangles. Coordinates are those of {@code TextPosition}: x from
 * the left and y down from the top of the crop box, in points.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

  /** A horizontal or vertical line: {@code at} is its y (horizontal) or x (vertical). */
  record Segment(boolean horizontal, float at, float from, float to) {}

  /** Rectangles up to this thick are lines, not shading. */
  private static final float THIN = 3f;
  /** How far a line may lean and still be horizontal or vertical. */
  private static final float STRAIGHT = 1f;

  private final List<Segment> segments = new ArrayList<>();
  private final List<Point2D[]> path = new ArrayList<>();
  private final List<Point2D[]> rectangles = new ArrayList<>();
  private final float height;
  private final float left;
  private final float bottom;
  private Point2D current = new Point2D.Float();
  private Point2D start = new Point2D.Float();

  private PdfRulings(PDPage page) {
    super(page);
    PDRectangle crop = page.getCropBox();
    this.height = crop.getHeight();
    this.left = crop.getLowerLeftX();
    this.bottom = crop.getLowerLeftY();
  }

  /** The page's horizontal and vertical lines. */
  static List<Segment> of(PDPage page) throws IOException {
    PdfRulings r = new PdfRulings(page);
    r.processPage(page);
    return r.segments;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    rectangles.add(new Point2D[] {p0, p1, p2, p3});
    path.add(new Point2D[] {p0, p1});
    path.add(new Point2D[] {p1, p2});
    path.add(new Point2D[] {p2, p3});
    path.add(new Point2D[] {p3, p0});
    current = p0;
    start = p0;
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    start = current;
  }

  @Override
  public void lineTo(float x, float y) {
    Point2D next = new Point2D.Float(x, y);
    path.add(new Point2D[] {current, next});
    current = next;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    path.add(new Point2D[] {current, start});
    current = start;
  }

  @Override
  public void endPath() {
    clear();
  }

  @Override
  public void strokePath() {
    for (Point2D[] s : path) {
      add(s[0], s[1]);
    }
    clear();
  }

  @Override
  public void fillPath(int windingRule) {
    // A filled rectangle is a border only when it is thin; wide ones are cell shading.
    for (Point2D[] r : rectangles) {
      double x0 = Math.min(Math.min(r[0].getX(), r[1].getX()), Math.min(r[2].getX(), r[3].getX()));
      double x1 = Math.max(Math.max(r[0].getX(), r[1].getX()), Math.max(r[2].getX(), r[3].getX()));
      double y0 = Math.min(Math.min(r[0].getY(), r[1].getY()), Math.min(r[2].getY(), r[3].getY()));
      double y1 = Math.max(Math.max(r[0].getY(), r[1].getY()), Math.max(r[2].getY(), r[3].getY()));
      if (y1 - y0 <= THIN && x1 - x0 > THIN) {
        double y = (y0 + y1) / 2;
        add(new Point2D.Double(x0, y), new Point2D.Double(x1, y));
      } else if (x1 - x0 <= THIN && y1 - y0 > THIN) {
        double x = (x0 + x1) / 2;
        add(new Point2D.Double(x, y0), new Point2D.Double(x, y1));
      }
    }
    clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void clip(int windingRule) {
    // Clipping paths are not drawn; endPath() follows and clears them.
  }

  @Override
  public void drawImage(PDImage pdImage) {
    // Images carry no ruling lines.
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // Shading carries no ruling lines.
  }

  private void clear() {
    path.clear();
    rectangles.clear();
  }

  private void add(Point2D a, Point2D b) {
    float ax = (float) a.getX() - left;
    float bx = (float) b.getX() - left;
    float ay = height - ((float) a.getY() - bottom);
    float by = height - ((float) b.getY() - bottom);
    if (Math.abs(ay - by) <= STRAIGHT && Math.abs(ax - bx) > STRAIGHT) {
      segments.add(new Segment(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
    } else if (Math.abs(ax - bx) <= STRAIGHT && Math.abs(ay - by) > STRAIGHT) {
      segments.add(new Segment(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
    }
  }
}
