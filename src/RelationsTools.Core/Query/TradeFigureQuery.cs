using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>The filters of Get-TradeFigure.</summary>
    public sealed class TradeFigureQuery : IRowPrefilter<TradeMetric>
    {
        public TextPattern[]? Metrics { get; set; }

        /// <summary>Figures whose period overlaps any of these years.</summary>
        public int[]? Years { get; set; }

        public DateWindow Window { get; set; } = DateWindow.Unbounded;

        public FigureKind[]? Kinds { get; set; }

        public TextPattern[]? SourceIds { get; set; }

        private ClosedSetFilter<TradeMetric>? metricSet;

        public IEnumerable<TradeFigure> Run(RelationsData data)
        {
            return data.TradeFigures
                .Where(f => PassesCheapFields(f.Metric, f.PeriodDate, f.Kind) && TextPattern.AnyMatch(SourceIds, f.SourceIds))
                .OrderBy(f => f, ChronologicalOrder.Figures);
        }

        /// <summary>The matching figures of a user's folder, in file order, as they are read.</summary>
        public IEnumerable<TradeFigure> Stream(DataFolder folder, ReadMonitor sink)
        {
            return folder.ReadTradeFigures(sink, this).Where(f => PassesCheapFields(f.Metric, f.PeriodDate, f.Kind) && TextPattern.AnyMatch(SourceIds, f.SourceIds));
        }

        bool IRowPrefilter<TradeMetric>.FiltersIds => false;

        bool IRowPrefilter<TradeMetric>.AdmitsId(string id) => true;

        [MethodImpl(HotPath.Optimize)]
        bool IRowPrefilter<TradeMetric>.AdmitsKind(TradeMetric kind) => MetricSet.Admits(kind);

        [MethodImpl(HotPath.Optimize)]
        bool IRowPrefilter<TradeMetric>.AdmitsDays(DateTime? first, DateTime? last, bool isKnown)
            => (Years is null || Years.Any(year => isKnown && FuzzyDate.Overlaps(first, last, new DateTime(year, 1, 1), new DateTime(year, 12, 31))))
            && Window.Admits(first, last, isKnown, within: false);

        private ClosedSetFilter<TradeMetric> MetricSet
        {
            [MethodImpl(HotPath.Optimize)]
            get => metricSet ??= ClosedSetFilter<TradeMetric>.From(Metrics);
        }

        internal bool PassesCheapFields(TradeMetric metric, FuzzyDate period, FigureKind kind)
        {
            return MetricSet.Admits(metric)
                && (Kinds is null || Array.IndexOf(Kinds, kind) >= 0)
                && (Years is null || Years.Any(year => period.Overlaps(new DateTime(year, 1, 1), new DateTime(year, 12, 31))))
                && Window.Admits(period, within: false);
        }
    }
}
