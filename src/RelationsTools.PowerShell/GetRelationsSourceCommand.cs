using System.Management.Automation;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Get-RelationsSource: the documents the dataset is built from.</summary>
    [Cmdlet(VerbsCommon.Get, "RelationsSource")]
    [OutputType(typeof(RelationsSource))]
    public sealed class GetRelationsSourceCommand : RelationsCmdlet
    {
        private readonly PipelineValues ids = new PipelineValues();
        private readonly PipelineValues sourceIds = new PipelineValues();

        // Not bound from the pipeline by property name: events and claims have an Id of their own, which is not
        // a source's. A piped string is an id.
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>Binds the source ids of piped claims (SourceId), events and figures (SourceIds) and sources.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SourceIds")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? SourceId { get; set; }

        /// <summary>The kinds of document to get; -SourceKind, the name the other cmdlets use, works too.</summary>
        [Parameter]
        [Alias("SourceKind")]
        public SourceKind[]? Kind { get; set; }

        // Gathered, so that the sources of many piped claims or events are written once each, in the dataset's order.
        protected override void Process()
        {
            ids.Add(Id ?? PipedString);
            sourceIds.Add(SourceId);
        }

        protected override void End()
        {
            if (PipedNothing(ids, sourceIds))
            {
                return;
            }

            WriteAll(new SourceQuery(ids.Values, sourceIds.Values, Kind).Run(Data));
        }
    }
}
