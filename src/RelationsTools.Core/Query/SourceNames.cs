using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;

namespace RelationsTools.Query
{
    /// <summary>How a -SourceId names sources: by id, wildcards allowed, ignoring case; a plain id that names none is SourceNotFound everywhere.</summary>
    internal static class SourceNames
    {
        public static IEnumerable<NameNotFound> NotFound(TextPattern[]? sourceIds, DataStore data, string parameter = "SourceId")
            => NameNotFound.For(sourceIds, p => data.Sources.Any(s => p.IsMatch(s.Id)), () => data.Sources.Select(s => s.Id), "SourceNotFound", parameter, "a source with Id");
    }
}
