using CaseCoach.Core.Persistence;

namespace CaseCoach.Tests.Persistence;

/// <summary>Sweeps query their due keys in chunks, so no IN list grows with the due set.</summary>
public class InChunksTests
{
    [Fact]
    public async Task A_key_list_longer_than_a_chunk_is_queried_in_chunks_of_at_most_500_and_every_row_comes_back_once()
    {
        var keys = Enumerable.Range(1, 1_201).Concat([7, 7]).ToList();
        var sizes = new List<int>();

        var rows = await InChunks.LoadAsync(keys, (chunk, _) =>
        {
            sizes.Add(chunk.Length);
            return Task.FromResult(chunk.Select(k => k * 10).ToList());
        }, TestContext.Current.CancellationToken);

        Assert.Equal([500, 500, 201], sizes);
        Assert.Equal(Enumerable.Range(1, 1_201).Select(k => k * 10), rows);
    }
}
