namespace CaseCoach.Core.Reviews.Intake;

/// <summary>
/// The <see cref="Bound"/> best items seen so far by <paramref name="order"/> (first = best), in a heap whose top is
/// the worst kept: memory stays at the bound however many items pass, each costing O(log bound).
/// </summary>
public sealed class BoundedTop<T>(int bound, IComparer<T> order)
{
    // Reversed, so the min-heap's top is the worst item kept: the one to drop when a better one arrives.
    private readonly PriorityQueue<T, T> _heap = new(Comparer<T>.Create((a, b) => order.Compare(b, a)));

    public int Bound => bound;

    public void Offer(T item)
    {
        if (bound <= 0) return;
        if (_heap.Count < bound) _heap.Enqueue(item, item);
        else if (order.Compare(item, _heap.Peek()) < 0) _heap.EnqueueDequeue(item, item);
    }

    /// <summary>The kept items, best first.</summary>
    public List<T> Best() => [.. _heap.UnorderedItems.Select(e => e.Element).Order(order)];
}
