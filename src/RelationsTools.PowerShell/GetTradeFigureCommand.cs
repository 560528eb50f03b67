using System.Management.Automation;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Get-TradeFigure: numbers about trade, investment and pledges, and the targets set for them.</summary>
    /// <remarks>
    /// What a piped object names, by its properties: a figure (or a row of its CSV export, or any object with an
    /// Id) names itself; a source or a claim (SourceId) the figures its source states; a string is a metric.  (The
    /// parameter sets are explained on <see cref="RelationsCmdlet"/>.)
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "TradeFigure", DefaultParameterSetName = ReferringSet)]
    [OutputType(typeof(TradeFigure))]
    public sealed class GetTradeFigureCommand : RelationsCmdlet
    {
        private const string ReferringSet = "Referring";
        private const string IdSet = "Id";
        private const string MetricSet = "Metric";

        private readonly PipelineValues ids = new PipelineValues();
        private readonly PipelineValues metrics = new PipelineValues();
        private readonly PipelineValues sourceIds = new PipelineValues();
        private DateWindow window = DateWindow.Unbounded;

        /// <summary>Metric names; binds a piped string.</summary>
        [Parameter(Position = 0, ParameterSetName = MetricSet, ValueFromPipeline = true)]
        [Parameter(Position = 0, ParameterSetName = ReferringSet)]
        [Parameter(Position = 0, ParameterSetName = IdSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(MetricCompleter))]
        public string[]? Metric { get; set; }

        /// <summary>Figure id patterns; binds the Id of piped figures.</summary>
        [Parameter(ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = ReferringSet)]
        [Parameter(ParameterSetName = MetricSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FigureIdCompleter))]
        public string[]? Id { get; set; }

        [Parameter]
        [ValidateRange(1, 9999)]
        public int[]? Year { get; set; }

        [Parameter]
        [DateArgument]
        [ArgumentCompleter(typeof(DateCompleter))]
        public string? From { get; set; }

        [Parameter]
        [DateArgument]
        [ArgumentCompleter(typeof(DateCompleter))]
        public string? To { get; set; }

        [Parameter]
        [ClosedSetArgument(typeof(FigureKind), "a figure kind")]
        public FigureKind[]? Kind { get; set; }

        /// <summary>Figures citing any of these sources; binds the SourceId of piped sources and claims (not a figure's SourceIds: a piped figure names itself).</summary>
        [Parameter(ParameterSetName = ReferringSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = IdSet)]
        [Parameter(ParameterSetName = MetricSet)]
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

        /// <summary>Writes figures in the order the files hold them, each as soon as it is read, instead of in time order.</summary>
        [Parameter]
        public SwitchParameter FileOrder { get; set; }

        protected override void Begin() => window = ParseWindow(From, To);

        protected override void Process()
        {
            ids.Add(Id);
            metrics.Add(Metric);
            sourceIds.Add(SourceId);
        }

        protected override void End()
        {
            if (PipedNothing(ids, metrics, sourceIds))
            {
                return;
            }

            var query = new TradeFigureQuery(metrics.Values, Year, window, Kind, sourceIds.Values, SourceKind, ids.Values);
            WriteAll(query.Run(Data, Reporter, FileOrder));
        }
    }
}
