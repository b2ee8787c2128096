using LyncExchange.Analyzer.Text;

namespace LyncExchange.Analyzer.Deployment.Users;

/// <summary>
/// Two dumps disagree on a value the rules use (LDIF <c>mail</c> vs <c>Get-CsUser WindowsEmailAddress</c>…). The rules
/// see <see cref="Chosen"/>, by the documented precedence; the conflict itself is reported (LXA0906) at both locations.
/// </summary>
public sealed record UserValueConflict(
    string User,
    string ObjectIdentity,
    string Value,
    string Chosen,
    string ChosenSource,
    DumpLocation ChosenLocation,
    string Other,
    string OtherSource,
    DumpLocation OtherLocation);
