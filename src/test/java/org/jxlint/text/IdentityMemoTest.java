package org.jxlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A memo by identity: one object, one computation; equal objects are not the same object. */
class IdentityMemoTest {

  @Test
  void oneComputationPerObjectWithinTheLimit() {
    IdentityMemo<List<String>, Object> memo = new IdentityMemo<>(2);
    AtomicInteger computed = new AtomicInteger();
    List<String> a = new ArrayList<>(List.of("x"));
    List<String> equalToA = new ArrayList<>(List.of("x"));
    Object first = memo.get(a, k -> new Object[] {computed.incrementAndGet()});
    assertSame(first, memo.get(a, k -> new Object[] {computed.incrementAndGet()}));
    memo.get(equalToA, k -> new Object[] {computed.incrementAndGet()});
    assertEquals(2, computed.get(), "an equal list is another list");
    List<String> third = List.of("y");
    memo.get(third, k -> computed.incrementAndGet());
    memo.get(third, k -> computed.incrementAndGet());
    assertEquals(4, computed.get(), "past the limit nothing more is kept");
  }
}
