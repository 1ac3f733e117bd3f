package org.jxlint.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The columns of an old .doc table: every distinct cell edge of its rows (in twips), edges closer
 * than a few twips taken as one. A .doc row holds one cell per merged region, so a cell's place
 * in the grid comes from its edges, not from its index in the row.
 */
final class DocGrid {

  /** Edges closer than this (in twips, a twentieth of a point) are one edge. */
  private static final int TOUCH = 30;

  private final List<Integer> edges = new ArrayList<>();

  DocGrid(Table table) {
    TreeSet<Integer> all = new TreeSet<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        all.add((int) cell.getLeftEdge());
        all.add(cell.getLeftEdge() + cell.getWidth());
      }
    }
    for (int e : all) {
      if (edges.isEmpty() || e - edges.get(edges.size() - 1) > TOUCH) {
        edges.add(e);
      }
    }
  }

  /** The grid column an edge starts (the nearest edge's index), found by halves. */
  int column(int edge) {
    int at = java.util.Collections.binarySearch(edges, edge);
    if (at >= 0) {
      return at;
    }
    int after = -at - 1;
    if (after == 0) {
      return 0;
    }
    if (after == edges.size()) {
      return edges.size() - 1;
    }
    return edge - edges.get(after - 1) <= edges.get(after) - edge ? after - 1 : after;
  }
}
