using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RelationsTools.Compare;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Compare-Source: what the sources say on each topic, side by side (Agree, Conflict, Changed, Single),
    /// or, with -ReferenceSource and -DifferenceSource, two sources topic by topic like Compare-Object.
    /// </summary>
    [Cmdlet(VerbsData.Compare, "Source", DefaultParameterSetName = ByTopicSet)]
    [OutputType(typeof(SourceComparison), ParameterSetName = new[] { ByTopicSet })]
    [OutputType(typeof(SourceDifference), ParameterSetName = new[] { TwoSourcesSet })]
    public sealed class CompareSourceCommand : ClaimCmdlet
    {
        private readonly PipelineValues sourceIds = new PipelineValues();
        private const string ByTopicSet = "ByTopic";
        private const string TwoSourcesSet = "TwoSources";

        private string referenceId = string.Empty;
        private string differenceId = string.Empty;

        [Parameter(Position = 0, ParameterSetName = ByTopicSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TopicCompleter))]
        public string[]? Topic { get; set; }

        [Parameter(ParameterSetName = ByTopicSet, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? SourceId { get; set; }

        [Parameter(ParameterSetName = ByTopicSet)]
        public ComparisonStatus[]? Status { get; set; }

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

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (ParameterSetName == TwoSourcesSet)
            {
                referenceId = ResolveSource(ReferenceSource);
                differenceId = ResolveSource(DifferenceSource);
            }
        }

        // The comparison needs every piped source, so it runs at the end.
        protected override void ProcessRecord() => sourceIds.Add(SourceId);

        protected override void EndProcessing()
        {
            if (ParameterSetName == TwoSourcesSet)
            {
                var ledger = Terminating(() => new ClaimLedger(ReadClaims(), Tolerance));
                WriteObject(ledger.CompareSources(referenceId, differenceId, IncludeEqual), enumerateCollection: true);
                return;
            }

            if (PipedNothing(sourceIds))
            {
                return; // sources were piped, but none came: compare none, not all
            }

            var filter = new ClaimFilter(Topic, sourceIds.Values);
            var byTopic = Terminating(() => new ClaimLedger(filter.Apply(ReadClaims()), Tolerance));
            WriteUnmatched(filter);
            var statuses = Status;
            foreach (var comparison in byTopic.CompareTopics())
            {
                if (statuses == null || statuses.Contains(comparison.Status))
                {
                    WriteObject(comparison);
                }
            }
        }

        /// <summary>The source's id as the dataset spells it; an unknown id stops the command before any output.</summary>
        private string ResolveSource(string id)
        {
            var source = Sources.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));
            if (source == null)
            {
                var exception = new ArgumentException($"Cannot find a source with Id '{id}'. Get-RelationsSource lists the source ids, and tab completion offers them.");
                ThrowTerminatingError(new ErrorRecord(exception, "UnknownSource", ErrorCategory.InvalidArgument, id));
            }

            return source!.Id;
        }
    }
}
