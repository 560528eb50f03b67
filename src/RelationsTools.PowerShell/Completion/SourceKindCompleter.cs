using RelationsTools.Model;

namespace RelationsTools.PowerShell
{
    internal sealed class SourceKindCompleter : EnumCompleter<SourceKind>
    {
    }
}
