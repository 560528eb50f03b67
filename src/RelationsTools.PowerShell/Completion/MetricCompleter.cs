using RelationsTools.Model;

namespace RelationsTools.PowerShell
{
    internal sealed class MetricCompleter : EnumCompleter<TradeMetric>
    {
    }
}
