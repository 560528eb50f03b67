using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>The filters of Get-RelationsEvent. Every filter left null matches everything.</summary>
    public sealed class EventQuery
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
                .Where(e => Matches(e, actorIds))
                .OrderBy(e => e, ChronologicalOrder.Events);
        }

        /// <summary>The ids of actors whose id, name or any alias matches one of <paramref name="patterns"/>.</summary>
        public static HashSet<string> MatchingActorIds(IEnumerable<Actor> actors, TextPattern[] patterns)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var actor in actors)
            {
                if (TextPattern.AnyMatch(patterns, actor.Id) || TextPattern.AnyMatch(patterns, actor.Name) || TextPattern.AnyMatch(patterns, actor.Aliases))
                {
                    ids.Add(actor.Id);
                }
            }

            return ids;
        }

        private bool Matches(RelationsEvent e, HashSet<string>? actorIds)
        {
            return TextPattern.AnyMatch(Ids, e.Id)
                && Window.Admits(e.When, Within)
                && TextPattern.AnyMatch(Categories, e.Category.ToString())
                && (actorIds is null || e.Actors.Any(actorIds.Contains))
                && TextPattern.AnyMatch(SourceIds, e.SourceIds)
                && (Keywords is null || TextPattern.AnyMatch(Keywords, e.Title) || TextPattern.AnyMatch(Keywords, e.Summary));
        }
    }

    /// <summary>The filters of Get-TradeFigure.</summary>
    public sealed class TradeFigureQuery
    {
        public TextPattern[]? Metrics { get; set; }

        /// <summary>Figures whose period overlaps any of these years.</summary>
        public int[]? Years { get; set; }

        public DateWindow Window { get; set; } = DateWindow.Unbounded;

        public FigureKind[]? Kinds { get; set; }

        public TextPattern[]? SourceIds { get; set; }

        public IEnumerable<TradeFigure> Run(RelationsData data)
        {
            return data.TradeFigures.Where(Matches).OrderBy(f => f, ChronologicalOrder.Figures);
        }

        private bool Matches(TradeFigure figure)
        {
            return TextPattern.AnyMatch(Metrics, figure.Metric.ToString())
                && (Years is null || Years.Any(year => figure.PeriodDate.Overlaps(new DateTime(year, 1, 1), new DateTime(year, 12, 31))))
                && Window.Admits(figure.PeriodDate, within: false)
                && (Kinds is null || Kinds.Contains(figure.Kind))
                && TextPattern.AnyMatch(SourceIds, figure.SourceIds);
        }
    }

    /// <summary>Earliest first; an open start counts as earliest, an unknown date comes last; ties by id.</summary>
    internal sealed class ChronologicalOrder : IComparer<FuzzyDate>
    {
        public static readonly IComparer<RelationsEvent> Events = Comparer<RelationsEvent>.Create((a, b) => Compare(a.When, a.Id, b.When, b.Id));

        public static readonly IComparer<TradeFigure> Figures = Comparer<TradeFigure>.Create((a, b) => Compare(a.PeriodDate, a.Id, b.PeriodDate, b.Id));

        public int Compare(FuzzyDate? x, FuzzyDate? y) => Compare(x!, string.Empty, y!, string.Empty);

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
