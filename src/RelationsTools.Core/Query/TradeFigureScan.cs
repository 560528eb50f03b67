using System;
using System.Linq;
using System.Runtime.CompilerServices;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>One run of a <see cref="TradeFigureQuery"/>: its test of a row's raw metric and period, and of the parsed figure.</summary>
    /// <remarks>
    /// The raw test may admit more than the object test, never less: a period it cannot place (none given) or one
    /// after the time filter may be a target that bears on it, which only the parsed figure's Kind can tell.
    /// </remarks>
    internal sealed class TradeFigureScan : IRowPrefilter<TradeMetric>
    {
        private readonly TradeFigureQuery query;
        private readonly DateTime? lastDay;
        private readonly Func<System.Collections.Generic.IEnumerable<string>, bool> statedByKind;
        private readonly IdsMet ids;

        public TradeFigureScan(TradeFigureQuery query, System.Collections.Generic.IReadOnlyList<RelationsSource> sources)
        {
            this.query = query;
            lastDay = query.LastDay;
            statedByKind = query.SourceKinds.StatedByAnyOf(sources);
            ids = new IdsMet(query.Ids);
        }

        public bool FiltersIds => ids.Filters;

        public bool AdmitsId(string id) => ids.Admits(id);

        /// <summary>Whether <paramref name="pattern"/>, one of the query's ids, has matched a figure read so far.</summary>
        public bool FoundId(TextPattern pattern) => ids.WasMet(pattern);

        public bool FiltersText => false;

        public bool AdmitsText(ReadOnlySpan<byte> ascii) => true;

        public bool AdmitsText(ReadOnlySpan<char> text) => true;

        public bool AdmitsKind(TradeMetric kind) => query.MetricSet.Admits(kind);

        [MethodImpl(HotPath.Optimize)]
        public bool AdmitsDays(DateTime? first, DateTime? last, bool isKnown)
            => !isKnown || InTime(first, last) || After(first);

        /// <summary>Every filter of the query, the figure's period in its time.</summary>
        public bool Matches(TradeFigure figure)
            => Selected(figure) && (!query.FiltersTime || (figure.PeriodDate.IsKnown && InTime(figure.PeriodStart, figure.PeriodEnd)));

        /// <summary>A target kept by every filter but time, with no period or one after the time: it bears on the time if its metric is measured there.</summary>
        public bool MayBearOnTheTime(TradeFigure figure)
            => query.FiltersTime && figure.Kind == FigureKind.Target && Selected(figure)
            && (!figure.PeriodDate.IsKnown || After(figure.PeriodStart));

        private bool Selected(TradeFigure figure)
            => ids.Admits(figure.Id)
            && query.MetricSet.Admits(figure.Metric)
            && (query.Kinds is null || Array.IndexOf(query.Kinds, figure.Kind) >= 0)
            && TextPattern.AnyMatch(query.SourceIds, figure.SourceIds)
            && statedByKind(figure.SourceIds);

        private bool InTime(DateTime? first, DateTime? last)
            => (query.Years is null || query.Years.Any(year => year.Admits(first, last, true, within: false)))
            && query.Window.Admits(first, last, true, within: false);

        private bool After(DateTime? first) => first is DateTime start && lastDay is DateTime end && start > end;
    }
}
