using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>
    /// The filters of Get-RelationsEvent, fixed when it is made. Every filter left null matches everything;
    /// the filters given all apply together.
    /// </summary>
    public sealed class EventQuery
    {
        /// <param name="ids">Event id patterns.</param>
        /// <param name="window">The time window; null for all time.</param>
        /// <param name="within">Only events entirely inside <paramref name="window"/>, not merely overlapping it.</param>
        /// <param name="categories">Category patterns.</param>
        /// <param name="actors">Actor patterns, matched against each actor's id, name and aliases, ignoring case and diacritics.</param>
        /// <param name="allActors">An event must name an actor of every pattern in <paramref name="actors"/>, not of any one.</param>
        /// <param name="sourceIds">Source id patterns: events stated by any of them.</param>
        /// <param name="keywords">Keywords found in the title or summary, any of them (see <see cref="KeywordSearch"/>).</param>
        /// <param name="sourceKinds">Source kind patterns: only events that a document of one of these kinds states.</param>
        /// <param name="certainOnly">Only events whose date certainly falls in <paramref name="window"/> (InWindow Certain), not those that only may.</param>
        /// <exception cref="InvalidPatternException">A pattern of any filter cannot be read.</exception>
        public EventQuery(
            IEnumerable<string>? ids = null,
            DateWindow? window = null,
            bool within = false,
            IEnumerable<string>? categories = null,
            IEnumerable<string>? actors = null,
            bool allActors = false,
            IEnumerable<string>? sourceIds = null,
            IEnumerable<string>? keywords = null,
            bool certainOnly = false,
            IEnumerable<string>? sourceKinds = null)
        {
            Ids = TextPattern.ForKeys(ids);
            Window = window ?? DateWindow.Unbounded;
            Within = within;
            CertainOnly = certainOnly;
            SourceKinds = new SourceKindFilter(sourceKinds);
            Categories = TextPattern.Create(categories);
            Actors = TextPattern.Create(actors, ignoreDiacritics: true);
            AllActors = allActors;
            SourceIds = TextPattern.ForKeys(sourceIds);
            Keywords = keywords?.ToList();
            KeywordSearch.Create(Keywords, System.Array.Empty<Actor>()); // a pattern that cannot be read stops the query here
            CategorySet = ClosedSetFilter<EventCategory>.From(Categories);
        }

        public TextPattern[]? Ids { get; }

        public DateWindow Window { get; }

        public bool Within { get; }

        public bool CertainOnly { get; }

        public SourceKindFilter SourceKinds { get; }

        public TextPattern[]? Categories { get; }

        public TextPattern[]? Actors { get; }

        public bool AllActors { get; }

        public TextPattern[]? SourceIds { get; }

        /// <summary>The keywords as given: what each finds depends on the actors' names, so the scan of a data store makes its search.</summary>
        public IReadOnlyList<string>? Keywords { get; }

        internal ClosedSetFilter<EventCategory> CategorySet { get; }

        /// <summary>
        /// The matching events of <paramref name="data"/>, in chronological order (<see cref="ChronologicalOrder"/>),
        /// or with <paramref name="fileOrder"/> in the order they are read, each as soon as it is found. From a
        /// user's folder most rows are dropped after their id, category and date, before the rest is parsed.
        /// Bad rows go to <paramref name="sink"/>. For a window, each event says in InWindow how surely it falls in it.
        /// </summary>
        public QueryResult<RelationsEvent> Run(DataStore data, ReadMonitor sink, bool fileOrder = false)
        {
            var scan = new EventScan(this, data.Actors);
            var matching = data.ReadEvents(sink, scan).Where(scan.Matches).Select(e => e.ReturnedFor(Window.Certainty(e.When)));
            return new QueryResult<RelationsEvent>(
                fileOrder ? matching : ChronologicalOrder.Sort(matching, ChronologicalOrder.Events),
                () => scan.NotFound(data));
        }

        /// <summary>The events of <paramref name="events"/> that match, in chronological order: for events a caller already holds.</summary>
        internal IEnumerable<RelationsEvent> Filter(IEnumerable<RelationsEvent> events, IReadOnlyList<Actor> actors)
            => ChronologicalOrder.Sort(events.Where(new EventScan(this, actors).Matches), ChronologicalOrder.Events);
    }
}
