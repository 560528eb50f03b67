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
    }
}
