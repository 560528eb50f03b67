using System.Management.Automation;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Get-RelationsSource: the documents the dataset is built from.</summary>
    /// <remarks>
    /// What a piped object names, by its properties: a source (SourceId) itself; a claim (SourceId), an event, a
    /// figure or a comparison (SourceIds) the sources it cites; any other object with an Id, and a string, a
    /// source id (the parameter sets are explained on <see cref="RelationsCmdlet"/>).
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "RelationsSource", DefaultParameterSetName = ReferringSet)]
    [OutputType(typeof(RelationsSource))]
    public sealed class GetRelationsSourceCommand : RelationsCmdlet
    {
        private const string ReferringSet = "Referring";
        private const string IdSet = "Id";

        private readonly PipelineValues ids = new PipelineValues();
        private readonly PipelineValues sourceIds = new PipelineValues();

        /// <summary>Source id patterns; binds a piped string and the Id of a piped object that has no SourceId or SourceIds.</summary>
        [Parameter(Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>Binds the source ids of piped claims (SourceId), events and figures (SourceIds) and sources.</summary>
        [Parameter(ParameterSetName = ReferringSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = IdSet)]
        [Alias("SourceIds")]
        [SupportsWildcards]
        [ListArgument]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? SourceId { get; set; }

        /// <summary>The kinds of document to get; -SourceKind, the name the other cmdlets use, works too.</summary>
        [Parameter]
        [Alias("SourceKind")]
        [ClosedSetArgument(typeof(SourceKind), "a source kind")]
        public SourceKind[]? Kind { get; set; }

        // Gathered, so that the sources of many piped claims or events are written once each, in the dataset's order.
        protected override void Process()
        {
            ids.Add(Id);
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
