using System.Management.Automation;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Runs when PowerShell imports the module: makes the module's own copies of Core and CsvHelper, in
    /// <c>dependencies/</c> beside <c>bin/</c> (or their precompiled twins: see <see cref="DependencyLoader.DependencyFolder"/>),
    /// the ones this DLL binds to. On PowerShell 7 they load into an
    /// AssemblyLoadContext of their own, so a different CsvHelper already loaded in the session (by another
    /// module or by Add-Type) neither breaks this module nor is broken by it.
    /// </summary>
    /// <remarks>
    /// The pattern of PSResourceGet's ModuleInitAndCleanup.cs, without the cleanup: see <see cref="DependencyLoader"/>.
    /// One addition: PowerShell 7 resolves type names (<c>[RelationsTools.Model.RelationsEvent]</c>) only in the
    /// default context, so Core's public types are registered under their full names as type accelerators;
    /// scripts keep writing <c>-is [RelationsTools.Model.Claim]</c> and <c>[RelationsTools.Model.FuzzyDate]::Parse(...)</c>.
    /// </remarks>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer
    {
        public void OnImport()
        {
            DependencyLoader.Register();
            BundledDataPrefetch.Start();
        }
    }
}
