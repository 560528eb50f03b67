using System.Runtime.CompilerServices;

namespace RelationsTools
{
    /// <summary>
    /// Marks the per-row methods of a streaming scan for full optimisation from their first call. A query
    /// over a large file runs once in a fresh process, and tiered JIT would run most of it as unoptimised
    /// tier-0 code before promoting it (measured: the first scan of 1M rows took 2.6x as long as the
    /// fourth). Only methods that run once per row of a file, or hold the loop over rows, carry it: the
    /// cost is JIT time at start-up and no dynamic PGO, worth it only where a file's every row passes.
    /// </summary>
    /// <remarks>
    /// The methods that carry it, and why each needs it (tests/RelationsTools.Core.Tests/HotPathTests.cs holds
    /// this list to the assembly: a method marked or unmarked without a line here fails it):
    /// <list type="bullet">
    /// <item>The loop over rows, which runs once and so would stay in tier-0 code until on-stack replacement:
    /// <c>EventTable.NextCandidate</c>, <c>TradeFigureTable.NextCandidate</c>, and <c>CsvTable.Read</c> that each turn of it calls.</item>
    /// <item>The test that drops a row before it is parsed, once per row:
    /// <c>EventTable.Drops</c>, <c>TradeFigureTable.Drops</c>, and for keywords <c>EventTable.MayMatchText</c>.</item>
    /// <item>Reading a row's kind, date and searched text in place, as UTF-8, without making strings:
    /// <c>CsvTable.PeekAdmits</c>, <c>CsvTable.TryPeekDateBounds</c>, <c>CsvTable.PeekUtf8</c>, <c>Utf8ClosedSet.Admits</c>,
    /// <c>Utf8Field.TryParseDateBounds</c>, <c>Utf8Field.IsPlainAscii</c>, and for text that is not ASCII,
    /// decoding it on the stack: <c>Utf8Field.TryDecodeReadable</c>.</item>
    /// <item>Parsing that date, for every row a date window reads:
    /// <c>FuzzyDate.TryParseBounds</c>, <c>FuzzyDate.TryParseSpan</c>, <c>FuzzyDate.TryParsePoint</c>, <c>FuzzyDate.TryDigits</c>.</item>
    /// <item>The query's answers to the prefilter, once per row that reaches them:
    /// <c>EventScan.AdmitsDays</c>, <c>TradeFigureScan.AdmitsDays</c>, <c>DateWindow.Admits</c>, <c>FuzzyDate.Overlaps</c>, <c>FuzzyDate.IsWithin</c>,
    /// and for keywords <c>EventScan.AdmitsText</c>.</item>
    /// <item>Keyword matching, on each searched field of every row a keyword query reads (measured: the first
    /// scan of 1M rows after a small warm-up took 0.68 s with these in tier-0 code, 0.40 s without):
    /// <c>TextPattern.AnyMatchAscii</c>, <c>TextPattern.AnyMatch</c>, <c>WildcardLiteral.IsMatch</c>,
    /// <c>WildcardLiteral.IsMatchAscii</c>, <c>WildcardLiteral.IndexOf</c>, and removing diacritics from text that
    /// is not ASCII: <c>TextFolding.RemoveDiacritics</c>, <c>LatinDiacritics.TryRemove</c>.</item>
    /// <item>Sorting what matched into time order, once per query but n log n times (measured: the first sort of
    /// 10,000 events ran in tier-0 code and took the chronological query from 0.12 s to 0.18 s):
    /// <c>ChronologicalOrder.Compare</c>.</item>
    /// </list>
    /// </remarks>
    internal static class HotPath
    {
#if NET8_0_OR_GREATER
        public const MethodImplOptions Optimize = MethodImplOptions.AggressiveOptimization;
#else
        // netstandard2.0 does not name MethodImplOptions.AggressiveOptimization; this is its value, which a
        // runtime that does not know it ignores.
        public const MethodImplOptions Optimize = (MethodImplOptions)512;
#endif
    }
}
