using System;
using System.Linq;
using System.Management.Automation;
using RelationsTools.Compare;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Compare-Source: what the sources say on each topic, side by side (Agree, Conflict, Changed, Single),
    /// or, with -ReferenceSource and -DifferenceSource, two sources topic by topic like Compare-Object.
    /// </summary>
    /// <remarks>
    /// What a piped object names, by its properties: a claim, a figure or a comparison (Topic) its topic, compared
    /// across every source; a source (SourceId) or an event (SourceIds) the sources whose claims are compared; a
    /// string is a topic. A piped figure binds only its Topic, never its SourceIds too, which would compare its
    /// topic among its own sources alone and make a Conflict look Single (the parameter sets are explained on
    /// <see cref="RelationsCmdlet"/>).
    /// </remarks>
    [Cmdlet(VerbsData.Compare, "Source", DefaultParameterSetName = ByTopicSet)]
    [OutputType(typeof(SourceComparison), ParameterSetName = new[] { ByTopicSet, ByNameSet, BySourceSet })]
    [OutputType(typeof(SourceDifference), ParameterSetName = new[] { TwoSourcesSet })]
    public sealed class CompareSourceCommand : RelationsCmdlet
    {
        private readonly PipelineValues topics = new PipelineValues();
        private readonly PipelineValues sourceIds = new PipelineValues();
        private const string ByTopicSet = "ByTopic";
        private const string ByNameSet = "ByName";
        private const string BySourceSet = "BySource";
        private const string TwoSourcesSet = "TwoSources";

        private string referenceId = string.Empty;
        private string differenceId = string.Empty;

        /// <summary>Topic patterns; binds a piped string and the Topic of piped claims, figures and comparisons.</summary>
        [Parameter(Position = 0, ParameterSetName = ByTopicSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(Position = 0, ParameterSetName = ByNameSet, ValueFromPipeline = true)]
        [Parameter(Position = 0, ParameterSetName = BySourceSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TopicCompleter))]
        public string[]? Topic { get; set; }

        /// <summary>Compares only the claims of these sources; binds the SourceId of piped sources and the SourceIds of piped events.</summary>
        [Parameter(ParameterSetName = BySourceSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = ByTopicSet)]
        [Parameter(ParameterSetName = ByNameSet)]
        [Alias("SourceIds")]
        [SupportsWildcards]
        [ListArgument]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? SourceId { get; set; }

        [Parameter(ParameterSetName = ByTopicSet)]
        [Parameter(ParameterSetName = ByNameSet)]
        [Parameter(ParameterSetName = BySourceSet)]
        [ClosedSetArgument(typeof(ComparisonStatus), "a comparison status")]
        public ComparisonStatus[]? Status { get; set; }

        /// <summary>Only what at least one document of these kinds states: the claims of other documents are left out before comparing (NewsReport, Analysis ...); wildcards allowed.</summary>
        [Parameter(ParameterSetName = ByTopicSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceKindCompleter))]
        public string[]? SourceKind { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = TwoSourcesSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string ReferenceSource { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = TwoSourcesSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string DifferenceSource { get; set; } = string.Empty;

        [Parameter(ParameterSetName = TwoSourcesSet)]
        public SwitchParameter IncludeEqual { get; set; }

        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public double Tolerance { get; set; } = ClaimLedger.DefaultTolerance;

        protected override void Begin()
        {
            if (ParameterSetName == TwoSourcesSet)
            {
                referenceId = ResolveSource(nameof(ReferenceSource), ReferenceSource);
                differenceId = ResolveSource(nameof(DifferenceSource), DifferenceSource);
            }
        }

        // The comparison needs every piped source, so it runs at the end.
        protected override void Process()
        {
            topics.Add(Topic);
            sourceIds.Add(SourceId);
        }

        protected override void End()
        {
            if (ParameterSetName == TwoSourcesSet)
            {
                var ledger = new ClaimLedger(Data.ReadClaims(Reporter), Tolerance, Data.Sources);
                WriteAll(ledger.CompareSources(referenceId, differenceId, IncludeEqual));
                return;
            }

            if (PipedNothing(topics, sourceIds))
            {
                return; // a pipeline, but nothing from it named a topic or a source: compare none, not all
            }

            var filter = new ClaimFilter(topics.Values, sourceIds.Values, SourceKind);
            var byTopic = new ClaimLedger(filter.Apply(Data.ReadClaims(Reporter)), Tolerance, Data.Sources);
            WriteNotFound(filter.NotFound(Data));
            var statuses = Status;
            WriteAll(byTopic.CompareTopics().Where(comparison => statuses == null || statuses.Contains(comparison.Status)));
        }

        /// <summary>The source's id as the dataset spells it; an unknown id is SourceNotFound, as everywhere, and stops the command before any output: there is nothing to compare with.</summary>
        private string ResolveSource(string parameter, string id)
        {
            var source = Data.Sources.FirstOrDefault(s => RelationsId.AreEqual(s.Id, id));
            if (source == null)
            {
                var notFound = new SourceQuery(sourceIds: new[] { id }).Run(Data).NotFound.FirstOrDefault();
                string message = notFound?.Message ?? $"Cannot find a source with Id '{id}'.";
                ThrowTerminatingError(new ErrorRecord(new ItemNotFoundException($"-{parameter}: {message}"), "SourceNotFound", ErrorCategory.ObjectNotFound, id));
            }

            return source!.Id;
        }
    }
}
