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

        bool IRowPrefilter<EventCategory>.FiltersIds => Ids != null;

        bool IRowPrefilter<EventCategory>.AdmitsId(string id) => TextPattern.AnyMatch(Ids, id);

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
}
