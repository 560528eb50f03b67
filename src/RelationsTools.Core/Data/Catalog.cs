using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>The ids a table's rows may refer to: sources for citations, actors for events.</summary>
    internal sealed class Catalog
    {
        public Catalog(IReadOnlyDictionary<string, RelationsSource> sources, IReadOnlyDictionary<string, Actor> actors)
        {
            Sources = sources;
            Actors = actors;
        }

        public IReadOnlyDictionary<string, RelationsSource> Sources { get; }

        public IReadOnlyDictionary<string, Actor> Actors { get; }

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
