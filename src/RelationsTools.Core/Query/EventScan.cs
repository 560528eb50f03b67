using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>
    /// One run of an <see cref="EventQuery"/>: its test of a row's raw fields before the row is parsed, its test
    /// of the parsed event, and the ids it has seen, for the names that found nothing.
    /// </summary>
    /// <remarks>
    /// The two tests are twins over the same filters: the raw test must never drop a row the object test
    /// would keep (QueryEquivalenceTests holds them to it). The raw test may admit more; the object test decides.
    /// </remarks>
    internal sealed class EventScan : IRowPrefilter<EventCategory>
    {
        private readonly EventQuery query;
        private readonly List<HashSet<string>>? actorIdsByPattern;
        private readonly IdsMet ids;
        private readonly KeywordSearch? keywords;
        private readonly TextPattern[]? keywordPatterns;

        public EventScan(EventQuery query, IReadOnlyList<Actor> actors)
        {
            this.query = query;
            ids = new IdsMet(query.Ids);
            keywords = KeywordSearch.Create(query.Keywords, actors);
            keywordPatterns = keywords?.Patterns;
            actorIdsByPattern = query.Actors?.Select(pattern => ActorNames.IdsNamedBy(actors, pattern)).ToList();
        }

        public bool FiltersIds => ids.Filters;

        public bool AdmitsId(string id) => ids.Admits(id);

        public bool FiltersText => keywords != null;

        // Whether the field holds any word or phrase of any keyword: a row whose title and summary hold none cannot
        // match (KeywordSearch.Patterns), one that holds some is left to the object test.
        [MethodImpl(HotPath.Optimize)]
        public bool AdmitsText(ReadOnlySpan<byte> ascii) => TextPattern.AnyMatchAscii(keywordPatterns, ascii);

        [MethodImpl(HotPath.Optimize)]
        public bool AdmitsText(ReadOnlySpan<char> text) => TextPattern.AnyMatch(keywordPatterns, text);

        public bool AdmitsKind(EventCategory kind) => query.CategorySet.Admits(kind);

        [MethodImpl(HotPath.Optimize)]
        public bool AdmitsDays(DateTime? first, DateTime? last, bool isKnown) => query.Window.Admits(first, last, isKnown, query.Within);

        /// <summary>The object test: every filter of the query.</summary>
        public bool Matches(RelationsEvent e)
            => ids.Admits(e.Id)
            && query.CategorySet.Admits(e.Category)
            && query.Window.Admits(e.When, query.Within)
            && (!query.CertainOnly || query.Window.IsUnbounded || query.Window.Certainty(e.When) == Certainty.Certain)
            && NamesActors(e)
            && TextPattern.AnyMatch(query.SourceIds, e.SourceIds)
            && query.SourceKinds.AdmitsAny(e.SourceKinds)
            && MatchesKeywords(e);

        private bool NamesActors(RelationsEvent e)
        {
            if (actorIdsByPattern is null)
            {
                return true;
            }

            return query.AllActors
                ? actorIdsByPattern.All(ids => e.Actors.Any(ids.Contains))
                : actorIdsByPattern.Any(ids => e.Actors.Any(ids.Contains));
        }

        private bool MatchesKeywords(RelationsEvent e)
            => keywords is null || keywords.Matches(e.Title, e.Summary);

        /// <summary>The plain names of the query that name nothing in <paramref name="data"/>; ids only once the rows have been read.</summary>
        public IReadOnlyList<NameNotFound> NotFound(DataStore data)
        {
            return NameNotFound.For(query.Ids, ids.WasMet, () => Enumerable.Empty<string>(), "EventNotFound", "Id", "an event with Id")
                .Concat(NameNotFound.ForClosedSet<EventCategory>(query.Categories, "CategoryNotFound", "Category", "an event category"))
                .Concat(NameNotFound.For(query.Actors, p => ActorNames.NamesAnActor(data.Actors, p), () => ActorNames.AllNames(data.Actors), "ActorNotFound", "Actor", "an actor with Id, name or alias"))
                .Concat(SourceNames.NotFound(query.SourceIds, data))
                .Concat(query.SourceKinds.NotFound())
                .ToList();
        }
    }
}
