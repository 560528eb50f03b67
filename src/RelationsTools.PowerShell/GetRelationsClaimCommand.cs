using System.Management.Automation;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Get-RelationsClaim: what each source asserts, topic by topic, trade figures included as their sources state them.</summary>
    /// <remarks>
    /// What a piped object names, by its properties: a claim, a figure or a comparison (Topic) the claims on its
    /// topic; a source (SourceId) or an event (SourceIds) the claims of its sources; a string is a topic. A piped
    /// claim binds only its Topic, not its SourceId too, so several piped claims never cross their topics with
    /// each other's sources (the parameter sets are explained on <see cref="RelationsCmdlet"/>).
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "RelationsClaim", DefaultParameterSetName = TopicSet)]
    [OutputType(typeof(Claim))]
    public sealed class GetRelationsClaimCommand : RelationsCmdlet
    {
        private const string TopicSet = "Topic";
        private const string SourceSet = "Source";
        private const string NameSet = "Name";

        private readonly PipelineValues topics = new PipelineValues();
        private readonly PipelineValues sourceIds = new PipelineValues();

        /// <summary>Topic patterns; binds a piped string and the Topic of piped comparisons, claims and figures.</summary>
        [Parameter(Position = 0, ParameterSetName = TopicSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(Position = 0, ParameterSetName = NameSet, ValueFromPipeline = true)]
        [Parameter(Position = 0, ParameterSetName = SourceSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TopicCompleter))]
        public string[]? Topic { get; set; }

        /// <summary>Claims of any of these sources; binds the SourceId of piped sources and the SourceIds of piped events.</summary>
        [Parameter(ParameterSetName = SourceSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = TopicSet)]
        [Parameter(ParameterSetName = NameSet)]
        [Alias("SourceIds")]
        [SupportsWildcards]
        [ListArgument]
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
            topics.Add(Topic);
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
