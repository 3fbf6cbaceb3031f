namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// Aspire gives a container's child resources (its databases) the container's state, but not an executable's.
/// This mirrors the parent's state (Starting, Running, Exited…) onto a child, so the child's health checks run once
/// the server runs and <c>WaitFor(database)</c> works as it does with containers.
/// </summary>
public static class ChildResourceState
{
    public static IResourceBuilder<T> WithParentState<T>(this IResourceBuilder<T> child) where T : IResource, IResourceWithParent =>
        child.OnInitializeResource((resource, e, cancellationToken) => MirrorAsync(resource, resource.Parent, e.Notifications, cancellationToken));

    private static async Task MirrorAsync(IResource child, IResource parent, ResourceNotificationService notifications, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(cancellationToken))
            {
                if (!ReferenceEquals(update.Resource, parent))
                {
                    continue;
                }

                var parentState = update.Snapshot;
                await notifications.PublishUpdateAsync(child, state => state with
                {
                    State = parentState.State,
                    StartTimeStamp = parentState.StartTimeStamp,
                    StopTimeStamp = parentState.StopTimeStamp,
                });
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
    }
}
