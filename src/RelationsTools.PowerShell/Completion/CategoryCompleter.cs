using RelationsTools.Model;

namespace RelationsTools.PowerShell
{
    internal sealed class CategoryCompleter : EnumCompleter<EventCategory>
    {
    }
}
