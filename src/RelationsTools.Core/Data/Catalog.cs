using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>The ids a table's rows may refer to: sources for citations, actors for events; looked up ignoring case.</summary>
    internal sealed class Catalog
    {
        public Catalog(IEnumerable<RelationsSource> sources, IEnumerable<Actor> actors)
        {
            Sources = sources.ToDictionary(s => s.Id, RelationsId.Comparer);
            Actors = actors.ToDictionary(a => a.Id, RelationsId.Comparer);
        }

        public IReadOnlyDictionary<string, RelationsSource> Sources { get; }

        public IReadOnlyDictionary<string, Actor> Actors { get; }

        public RelationsSource? SourceOrNull(string id) => Sources.TryGetValue(id, out var source) ? source : null;

        /// <summary>The distinct kinds of the sources <paramref name="citations"/> name, in order of first mention.</summary>
        public JoinedList<SourceKind> KindsOf(IReadOnlyList<Citation> citations)
        {
            var kinds = new List<SourceKind>(2);
            foreach (var citation in citations)
            {
                if (Sources.TryGetValue(citation.SourceId, out var source) && !kinds.Contains(source.Kind))
                {
                    kinds.Add(source.Kind);
                }
            }

            return new JoinedList<SourceKind>(kinds);
        }
    }
}
