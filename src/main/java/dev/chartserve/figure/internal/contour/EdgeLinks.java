package dev.chartserve.figure.internal.contour;

import java.util.Arrays;

/**
 * For each crossed cell edge of one level, the (at most two) crossed edges it is joined to. An
 * open-addressing hash map from edge id to links, sized by the edges actually crossed rather than by
 * the grid, so a large smooth field costs memory in proportion to its contour lines. Edges are
 * remembered in the order they were first linked, which makes the joining order deterministic.
 */
final class EdgeLinks {
  private static final int EMPTY = -1;

  private int[] keys;
  private int[] link1;
  private int[] link2;
  private boolean[] visited;
  private int[] order = new int[16]; // slots, in insertion order
  private int size;

  EdgeLinks() {
    allocate(64);
  }

  private void allocate(int capacity) {
    keys = new int[capacity];
    link1 = new int[capacity];
    link2 = new int[capacity];
    visited = new boolean[capacity];
    Arrays.fill(keys, EMPTY);
  }

  /** Joins edges {@code a} and {@code b}. */
  void link(int a, int b) {
    attach(a, b);
    attach(b, a);
  }

  private void attach(int from, int to) {
    int slot = slotOf(from, true);
    if (link1[slot] == EMPTY) {
      link1[slot] = to;
    } else {
      link2[slot] = to;
    }
  }

  /** How many edges are linked. */
  int size() {
    return size;
  }

  /** The edge linked {@code i}-th (0-based, in first-link order). */
  int edgeAt(int i) {
    return keys[order[i]];
  }

  /** Marks {@code edge} as walked; false if it already was (or is not linked at all). */
  boolean visit(int edge) {
    int slot = slotOf(edge, false);
    if (slot < 0 || visited[slot]) {
      return false;
    }
    visited[slot] = true;
    return true;
  }

  /** Whether {@code edge} has been walked. */
  boolean visited(int edge) {
    int slot = slotOf(edge, false);
    return slot >= 0 && visited[slot];
  }

  /** The first link of {@code edge}, or -1. */
  int first(int edge) {
    int slot = slotOf(edge, false);
    return slot < 0 ? EMPTY : link1[slot];
  }

  /** The second link of {@code edge}, or -1. */
  int second(int edge) {
    int slot = slotOf(edge, false);
    return slot < 0 ? EMPTY : link2[slot];
  }

  private int slotOf(int edge, boolean create) {
    int mask = keys.length - 1;
    int slot = mix(edge) & mask;
    while (keys[slot] != EMPTY) {
      if (keys[slot] == edge) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    if (!create) {
      return -1;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
      return slotOf(edge, true);
    }
    keys[slot] = edge;
    link1[slot] = EMPTY;
    link2[slot] = EMPTY;
    if (size == order.length) {
      order = Arrays.copyOf(order, size * 2);
    }
    order[size++] = slot;
    return slot;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] old1 = link1;
    int[] old2 = link2;
    int[] oldOrder = Arrays.copyOf(order, size);
    allocate(keys.length * 2);
    int n = size;
    size = 0;
    for (int i = 0; i < n; i++) {
      int s = oldOrder[i];
      int slot = slotOf(oldKeys[s], true);
      link1[slot] = old1[s];
      link2[slot] = old2[s];
    }
  }

  private static int mix(int x) {
    int h = x * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
