using LyncExchange.Analyzer.Deployment.Users;
using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Rules.Directory;

/// <summary>
/// Reports, as LXA0906 (evidence conflicts), every value on which two dumps of one person disagree (issue #4): once at
/// each location, so both sides are visible, naming which value the rules used and why (the documented precedence).
/// Called by LXA0906 itself, whose descriptor the findings carry.
/// </summary>
internal static class UserValueConflicts
{
    private const string Precedence = "LDIF wins for directory attributes, Get-CsUser next, the recipient cmdlets last; for the mailbox location the Exchange cmdlets win (RULES.md decision 4)";

    public static void Report(RuleContext context)
    {
        foreach (var conflict in UsersIndex.Of(context.Deployment).Conflicts)
        {
            var text = $"User '{conflict.User}': the dumps disagree on the {conflict.Value}: {conflict.ChosenSource} has '{conflict.Chosen}', {conflict.OtherSource} has '{conflict.Other}'; the rules used '{conflict.Chosen}' ({Precedence}).";
            var properties = new KeyValuePair<string, string>[]
            {
                new("value", conflict.Value + ": " + conflict.Chosen + " | " + conflict.Other),
                new("expected", conflict.ChosenSource + " = " + conflict.Chosen),
                new("actual", conflict.OtherSource + " = " + conflict.Other),
            };
            context.Report(
                conflict.ChosenLocation,
                conflict.ObjectIdentity,
                [],
                related: [new RelatedLocation(conflict.OtherLocation, $"{conflict.OtherSource} '{conflict.Other}'")],
                properties: properties,
                message: text);
            context.Report(
                conflict.OtherLocation,
                conflict.ObjectIdentity,
                [],
                related: [new RelatedLocation(conflict.ChosenLocation, $"{conflict.ChosenSource} '{conflict.Chosen}'")],
                properties: properties,
                message: text);
        }
    }
}
