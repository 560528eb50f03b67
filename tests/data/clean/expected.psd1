@{
    Description = 'The reference: three events in the dataset dialect (UTF-8 without BOM, LF, RFC 4180 quoting) citing bundled sources and naming bundled actors; row 2 has doubled quotes and a newline inside its quoted Note.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Accepted'
    Rows        = 3
    RawMatch    = '^(?!\xEF\xBB\xBF)[^\r]*""the 1970s and 1980s""[^\r]*1970/1989\.\nNo year[^\r]*$'
    Culture     = $true
}
