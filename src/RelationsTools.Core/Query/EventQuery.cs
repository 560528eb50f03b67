using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>The filters of Get-RelationsEvent. Every filter left null matches everything.</summary>
    public sealed class EventQuery : IRowPrefilter<EventCategory>
    {
        public TextPattern[]? Ids { get; set; }

        public DateWindow Window { get; set; } = DateWindow.Unbounded;

        /// <summary>Only events entirely inside <see cref="Window"/>, not merely overlapping it.</summary>
        public bool Within { get; set; }

        public TextPattern[]? Categories { get; set; }

        /// <summary>Matched against each actor's id, name and aliases, ignoring case and diacritics.</summary>
        public TextPattern[]? Actors { get; set; }

        public TextPattern[]? SourceIds { get; set; }

        /// <summary>Found anywhere in the title or summary, ignoring case and diacritics.</summary>
        public TextPattern[]? Keywords { get; set; }

        /// <summary>The matching events of <paramref name="data"/>, ordered by first day, then id.</summary>
        public IEnumerable<RelationsEvent> Run(RelationsData data)
        {
            var actorIds = Actors is null ? null : MatchingActorIds(data.Actors, Actors);
            return data.Events
                .Where(e => PassesCheapFields(e.Id, e.When, e.Category) && MatchesRest(e, actorIds))
                .OrderBy(e => e, ChronologicalOrder.Events);
        }

        /// <summary>
        /// The matching events of a user's folder, in file order, as they are read: most rows are dropped
        /// after their id, date and category, before the rest of the row is parsed. Bad rows go to <paramref name="sink"/>.
        /// </summary>
        public IEnumerable<RelationsEvent> Stream(DataFolder folder, ReadMonitor sink)
        {
            var actorIds = Actors is null ? null : MatchingActorIds(folder.Actors, Actors);
            return folder.ReadEvents(sink, this).Where(e => PassesCheapFields(e.Id, e.When, e.Category) && MatchesRest(e, actorIds));
        }

        [MethodImpl(HotPath.Optimize)]
        bool IRowPrefilter<EventCategory>.AdmitsKind(EventCategory kind) => CategorySet.Admits(kind);

        [MethodImpl(HotPath.Optimize)]
        bool IRowPrefilter<EventCategory>.AdmitsDays(DateTime? first, DateTime? last, bool isKnown) => Window.Admits(first, last, isKnown, Within);

        private ClosedSetFilter<EventCategory> CategorySet
        {
            [MethodImpl(HotPath.Optimize)]
            get => categorySet ??= ClosedSetFilter<EventCategory>.From(Categories);
        }

        internal bool PassesCheapFields(string id, FuzzyDate date, EventCategory category)
        {
            return CategorySet.Admits(category)
                && Window.Admits(date, Within)
                && TextPattern.AnyMatch(Ids, id);
        }

        /// <summary>The ids of actors whose id, name or any alias matches one of <paramref name="patterns"/>.</summary>
        /// <summary>Whether <paramref name="pattern"/> names any of <paramref name="actors"/>: a plain name that names none is worth an error.</summary>
        public static bool NamesAnActor(IEnumerable<Actor> actors, TextPattern pattern)
        {
            var patterns = new[] { pattern };
            return actors.Any(actor => IsNamedBy(actor, patterns));
        }

        private static bool IsNamedBy(Actor actor, TextPattern[] patterns)
            => TextPattern.AnyMatch(patterns, actor.Id) || TextPattern.AnyMatch(patterns, actor.Name) || TextPattern.AnyMatch(patterns, actor.Aliases);

        public static HashSet<string> MatchingActorIds(IEnumerable<Actor> actors, TextPattern[] patterns)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var actor in actors)
            {
                if (IsNamedBy(actor, patterns))
                {
                    ids.Add(actor.Id);
                }
            }

            return ids;
        }

        private ClosedSetFilter<EventCategory>? categorySet;

        private bool MatchesRest(RelationsEvent e, HashSet<string>? actorIds)
        {
            return (actorIds is null || e.Actors.Any(actorIds.Contains))
                && TextPattern.AnyMatch(SourceIds, e.SourceIds)
                && (Keywords is null || TextPattern.AnyMatch(Keywords, e.Title) || TextPattern.AnyMatch(Keywords, e.Summary));
        }
    }

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

        TextPattern[]? IRowPrefilter<TradeMetric>.Ids => null;

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

    /// <summary>Wildcards over a closed set, resolved once to the members they match, so a row costs an array lookup.</summary>
    internal sealed class ClosedSetFilter<TEnum>
        where TEnum : struct, Enum
    {
        private readonly HashSet<TEnum>? admitted;

        private ClosedSetFilter(HashSet<TEnum>? admitted) => this.admitted = admitted;

        public static ClosedSetFilter<TEnum> From(TextPattern[]? patterns)
        {
            if (patterns is null)
            {
                return new ClosedSetFilter<TEnum>(null);
            }

            var admitted = new HashSet<TEnum>();
            foreach (TEnum value in (TEnum[])Enum.GetValues(typeof(TEnum)))
            {
                if (TextPattern.AnyMatch(patterns, value.ToString()))
                {
                    admitted.Add(value);
                }
            }

            return new ClosedSetFilter<TEnum>(admitted);
        }

        [MethodImpl(HotPath.Optimize)]
        public bool Admits(TEnum value) => admitted is null || admitted.Contains(value);
    }

    /// <summary>Earliest first; an open start counts as earliest, an unknown date comes last; ties by id.</summary>
    internal static class ChronologicalOrder
    {
        public static readonly IComparer<RelationsEvent> Events = Comparer<RelationsEvent>.Create((a, b) => Compare(a.When, a.Id, b.When, b.Id));

        public static readonly IComparer<TradeFigure> Figures = Comparer<TradeFigure>.Create((a, b) => Compare(a.PeriodDate, a.Id, b.PeriodDate, b.Id));

        private static int Compare(FuzzyDate x, string xId, FuzzyDate y, string yId)
        {
            int byKnown = x.IsKnown.CompareTo(y.IsKnown);
            if (byKnown != 0)
            {
                return -byKnown;
            }

            int byStart = (x.Start ?? DateTime.MinValue).CompareTo(y.Start ?? DateTime.MinValue);
            return byStart != 0 ? byStart : string.CompareOrdinal(xId, yId);
        }
    }
}
