using System.Linq;
using System.Management.Automation;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Get-RelationsSource: the documents the dataset is built from.</summary>
    [Cmdlet(VerbsCommon.Get, "RelationsSource")]
    [OutputType(typeof(RelationsSource))]
    public sealed class GetRelationsSourceCommand : RelationsCmdlet
    {
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("SourceId")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? Id { get; set; }

        [Parameter]
        public SourceKind[]? Kind { get; set; }

        protected override void ProcessRecord()
        {
            var sources = OpenDataFolder()?.Sources ?? LoadData().Sources;
            var kinds = Kind;
            foreach (var pattern in TextPattern.Create(Id) ?? new[] { new TextPattern("*") })
            {
                bool found = false;
                foreach (var source in sources.Where(s => pattern.IsMatch(s.Id) && (kinds == null || kinds.Contains(s.Kind))))
                {
                    found = true;
                    WriteObject(source);
                }

                if (!found && !pattern.HasWildcards)
                {
                    WriteNotFound("SourceNotFound", "a source with Id", pattern.Pattern);
                }
            }
        }
    }
}
