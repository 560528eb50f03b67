using System.Collections.Generic;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>What the cmdlets over claims share: where the claims come from, and the errors for a plain name that finds nothing.</summary>
    public abstract class ClaimCmdlet : RelationsCmdlet
    {
        /// <summary>The -DataPath folder, opened once in BeginProcessing; null for the bundled data.</summary>
        protected DataFolder? Folder { get; private set; }

        protected override void BeginProcessing() => Folder = OpenDataFolder();

        /// <summary>The sources claims may cite: the folder's (bundled ones included) or the bundled ones.</summary>
        protected IReadOnlyList<RelationsSource> Sources => Folder?.Sources ?? LoadData().Sources;

        /// <summary>The claims of the -DataPath folder, streamed (bad rows become errors), or the bundled claims.</summary>
        protected IEnumerable<Claim> ReadClaims() => Folder?.ReadClaims(Reporter) ?? LoadData().Claims;

        /// <summary>Call after the filter's claims have all been read.</summary>
        protected void WriteUnmatched(ClaimFilter filter)
        {
            foreach (string topic in filter.UnmatchedTopics)
            {
                WriteNotFound("TopicNotFound", "a claim with Topic", topic);
            }

            foreach (string sourceId in filter.UnmatchedSourceIds)
            {
                WriteNotFound("SourceNotFound", "a claim with SourceId", sourceId);
            }
        }
    }
}
