using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>The filters of Get-RelationsSource: ids (as -Id, or as the SourceId of piped rows) and kinds, all applying together.</summary>
    public sealed class SourceQuery
    {
        public SourceQuery(IEnumerable<string>? ids = null, IEnumerable<string>? sourceIds = null, IEnumerable<SourceKind>? kinds = null)
        {
            Ids = TextPattern.ForKeys(ids);
            SourceIds = TextPattern.ForKeys(sourceIds);
            Kinds = kinds?.ToArray();
        }

        public TextPattern[]? Ids { get; }

        public TextPattern[]? SourceIds { get; }

        public SourceKind[]? Kinds { get; }

        /// <summary>The matching sources, in the data's order.</summary>
        public QueryResult<RelationsSource> Run(DataStore data)
        {
            var matching = data.Sources
                .Where(s => TextPattern.AnyMatch(Ids, s.Id) && TextPattern.AnyMatch(SourceIds, s.Id) && (Kinds is null || Kinds.Contains(s.Kind)))
                .ToList();
            return new QueryResult<RelationsSource>(
                matching,
                () => SourceNames.NotFound(Ids, data, "Id").Concat(SourceNames.NotFound(SourceIds, data)).ToList());
        }
    }
}
