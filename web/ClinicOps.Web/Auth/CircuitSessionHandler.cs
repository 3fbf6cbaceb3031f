using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ClinicOps.Web.Auth;

/// <summary>Tells the circuit's scope that it is one, so its API calls take their token the circuit's way.</summary>
public sealed class CircuitSessionHandler(SessionAccessToken token) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        token.UseCircuit();
        return Task.CompletedTask;
    }
}
