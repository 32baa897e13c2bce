namespace Sahel.Diff.Claims;

/// <summary>A stable sort by word position for the few items of one sentence, without LINQ's buffers (OrderBy is stable too).</summary>
internal static class StableSort
{
    public static List<T> ByFirst<T>(List<T> items, Func<T, int> first)
    {
        var sorted = new List<T>(items);
        for (var i = 1; i < sorted.Count; i++)
        {
            var item = sorted[i];
            var key = first(item);
            var j = i - 1;
            while (j >= 0 && first(sorted[j]) > key)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = item;
        }
        return sorted;
    }
}
