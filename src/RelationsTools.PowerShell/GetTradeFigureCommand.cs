using System.Collections.Generic;
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
        private readonly PipelineValues sourceIds = new PipelineValues();
        private TradeFigureQuery query = new TradeFigureQuery();

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
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? SourceId { get; set; }

        protected override void BeginProcessing()
        {
            query = new TradeFigureQuery
            {
                Metrics = TextPattern.Create(Metric),
                Years = Year,
                Window = ParseWindow(From, To),
                Kinds = Kind,
            };
        }

        protected override void ProcessRecord() => sourceIds.Add(SourceId);

        protected override void EndProcessing()
        {
            if (PipedNothing(sourceIds))
            {
                return;
            }

            query.SourceIds = TextPattern.Create(sourceIds.Values);
            var folder = OpenDataFolder();
            WriteAll(folder != null ? query.Stream(folder, Reporter) : query.Run(LoadData()));
        }
    }
}
