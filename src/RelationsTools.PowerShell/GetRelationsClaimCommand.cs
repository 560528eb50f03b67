using System.Management.Automation;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Get-RelationsClaim: what each source asserts, topic by topic.</summary>
    [Cmdlet(VerbsCommon.Get, "RelationsClaim")]
    [OutputType(typeof(Claim))]
    public sealed class GetRelationsClaimCommand : ClaimCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TopicCompleter))]
        public string[]? Topic { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? SourceId { get; set; }

        protected override void ProcessRecord()
        {
            var filter = new ClaimFilter(Topic, SourceId);
            WriteAll(filter.Apply(ReadClaims()));
            WriteUnmatched(filter);
        }
    }
}
