using System.Management.Automation;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Get-RelationsClaim: what each source asserts, topic by topic, trade figures included as their sources state them.</summary>
    [Cmdlet(VerbsCommon.Get, "RelationsClaim")]
    [OutputType(typeof(Claim))]
    public sealed class GetRelationsClaimCommand : RelationsCmdlet
    {
        private readonly PipelineValues topics = new PipelineValues();
        private readonly PipelineValues sourceIds = new PipelineValues();

        /// <summary>Topic patterns; binds the Topic of piped comparisons, claims and figures. A piped string is a topic.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TopicCompleter))]
        public string[]? Topic { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SourceIds")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? SourceId { get; set; }

        /// <summary>Only what at least one document of these kinds states (NewsReport, Analysis ...); wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceKindCompleter))]
        public string[]? SourceKind { get; set; }

        // Gathered, so that the claims are read once however many objects are piped in, and each is written once.
        protected override void Process()
        {
            topics.Add(Topic ?? PipedString);
            sourceIds.Add(SourceId);
        }

        protected override void End()
        {
            if (PipedNothing(topics, sourceIds))
            {
                return;
            }

            var filter = new ClaimFilter(topics.Values, sourceIds.Values, SourceKind);
            WriteAll(filter.Apply(Data.ReadClaims(Reporter)));
            WriteNotFound(filter.NotFound(Data));
        }
    }
}
