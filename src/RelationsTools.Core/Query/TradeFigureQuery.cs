using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>
    /// The filters of Get-TradeFigure (and of the report's trade chart), fixed when it is made.
    /// </summary>
    /// <remarks>
    /// A time filter (years or a window) keeps the figures whose period overlaps it, and the targets that bear on
    /// them: a target that gives no period, or one for a time after the filter, of a metric that some actual or
    /// estimate kept by the filter measures. The US$20 billion target names no year; a question about 2024 and
    /// 2025 is where it matters most, and a window that measures no two-way trade has no use for it.
    /// </remarks>
    public sealed class TradeFigureQuery
    {
        public TradeFigureQuery(
            IEnumerable<string>? metrics = null,
            IEnumerable<int>? years = null,
            DateWindow? window = null,
            IEnumerable<FigureKind>? kinds = null,
            IEnumerable<string>? sourceIds = null,
            IEnumerable<string>? sourceKinds = null,
            IEnumerable<string>? ids = null)
        {
            Ids = TextPattern.ForKeys(ids);
            Metrics = TextPattern.Create(metrics);
            Years = years?.Select(year => DateWindow.Between(FuzzyDate.Parse(Year(year)), FuzzyDate.Parse(Year(year)))).ToArray();
            Window = window ?? DateWindow.Unbounded;
            Kinds = kinds?.ToArray();
            SourceIds = TextPattern.ForKeys(sourceIds);
            SourceKinds = new SourceKindFilter(sourceKinds);
            MetricSet = ClosedSetFilter<TradeMetric>.From(Metrics);
        }

        /// <summary>Figure id patterns.</summary>
        public TextPattern[]? Ids { get; }

        public TextPattern[]? Metrics { get; }

        /// <summary>One window per year given: a figure overlapping any of them passes.</summary>
        public DateWindow[]? Years { get; }

        public DateWindow Window { get; }

        public FigureKind[]? Kinds { get; }

        public TextPattern[]? SourceIds { get; }

        /// <summary>Only figures that a document of one of these kinds states.</summary>
        public SourceKindFilter SourceKinds { get; }

        internal ClosedSetFilter<TradeMetric> MetricSet { get; }

        internal bool FiltersTime => Years != null || !Window.IsUnbounded;

        /// <summary>The last day the time filter reaches; null when it is open towards the future.</summary>
        internal DateTime? LastDay
            => Years is null ? Window.Last
            : Years.Max(year => year.Last) is DateTime lastYear && Window.Last is DateTime last && last < lastYear ? last : Years.Max(year => year.Last);

        /// <summary>The matching figures, in chronological order, or with <paramref name="fileOrder"/> as they are read (the targets that bear on them last).</summary>
        public QueryResult<TradeFigure> Run(DataStore data, ReadMonitor sink, bool fileOrder = false)
        {
            var scan = new TradeFigureScan(this, data.Sources);
            var matching = Select(data.ReadTradeFigures(sink, scan), scan);
            return new QueryResult<TradeFigure>(fileOrder ? matching : ChronologicalOrder.Sort(matching, ChronologicalOrder.Figures), () => NotFound(data, scan));
        }

        /// <summary>The figures of <paramref name="figures"/> that match, in chronological order: for a caller that has read them all already.</summary>
        internal IEnumerable<TradeFigure> Filter(IEnumerable<TradeFigure> figures, IReadOnlyList<RelationsSource> sources) => ChronologicalOrder.Sort(Select(figures, new TradeFigureScan(this, sources)), ChronologicalOrder.Figures);

        // The figures in time, as they come, then the targets that bear on them.
        private static IEnumerable<TradeFigure> Select(IEnumerable<TradeFigure> figures, TradeFigureScan scan)
        {
            var measured = new HashSet<TradeMetric>();
            var targets = new List<TradeFigure>();
            foreach (var figure in figures)
            {
                if (scan.Matches(figure))
                {
                    if (figure.Kind != FigureKind.Target)
                    {
                        measured.Add(figure.Metric);
                    }

                    yield return figure;
                }
                else if (scan.MayBearOnTheTime(figure))
                {
                    targets.Add(figure);
                }
            }

            foreach (var target in targets)
            {
                if (measured.Contains(target.Metric))
                {
                    yield return target;
                }
            }
        }

        private IReadOnlyList<NameNotFound> NotFound(DataStore data, TradeFigureScan scan)
            => NameNotFound.For(Ids, scan.FoundId, () => Enumerable.Empty<string>(), "FigureNotFound", "Id", "a trade figure with Id")
                .Concat(NameNotFound.ForClosedSet<TradeMetric>(Metrics, "MetricNotFound", "Metric", "a trade metric"))
                .Concat(SourceNames.NotFound(SourceIds, data))
                .Concat(SourceKinds.NotFound())
                .ToList();

        private static string Year(int year) => year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
    }
}
