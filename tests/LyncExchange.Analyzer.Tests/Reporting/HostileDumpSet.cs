namespace LyncExchange.Analyzer.Tests.Reporting;

/// <summary>A dump set whose customer strings try to inject markup into the HTML report.</summary>
internal static class HostileDumpSet
{
    public const string ScriptName = "<script>alert('pwned')</script>";
    public const string ImageName = "<img src=x onerror=alert(1)>";

    public static ScratchDumpSet Create()
    {
        var dumps = new ScratchDumpSet("hostile");
        dumps.Write(
            "Get-OwaVirtualDirectory.txt",
            SampleDumps.OwaVirtualDirectory("EX01", "EX01" + ScriptName + @"\owa " + ImageName + " \"quoted\" & 'single'"));
        dumps.WriteLyncPool();
        return dumps;
    }
}
