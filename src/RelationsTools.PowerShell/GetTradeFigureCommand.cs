using System.Management.Automation;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Get-TradeFigure: numbers about trade, investment and pledges, and the targets set for them.</summary>
    [Cmdlet(VerbsCommon.Get, "TradeFigure")]
    [OutputType(typeof(TradeFigure))]
    public sealed class GetTradeFigureCommand : RelationsCmdlet
    {
        private readonly PipelineValues metrics = new PipelineValues();
        private readonly PipelineValues sourceIds = new PipelineValues();
        private DateWindow window = DateWindow.Unbounded;

        /// <summary>Metric names; a piped string is one.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(MetricCompleter))]
        public string[]? Metric { get; set; }

        [Parameter]
        [ValidateRange(1, 9999)]
        public int[]? Year { get; set; }

        [Parameter]
        [DateArgument]
        public string? From { get; set; }

        [Parameter]
        [DateArgument]
        public string? To { get; set; }

        [Parameter]
        public FigureKind[]? Kind { get; set; }

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

        /// <summary>Writes figures in the order the files hold them, each as soon as it is read, instead of in time order.</summary>
        [Parameter]
        public SwitchParameter FileOrder { get; set; }

        protected override void Begin() => window = ParseWindow(From, To);

        protected override void Process()
        {
            metrics.Add(Metric ?? PipedString);
            sourceIds.Add(SourceId);
        }

        protected override void End()
        {
            if (PipedNothing(metrics, sourceIds))
            {
                return;
            }

            var query = new TradeFigureQuery(metrics.Values, Year, window, Kind, sourceIds.Values, SourceKind);
            WriteAll(query.Run(Data, Reporter, FileOrder));
        }
    }
}
