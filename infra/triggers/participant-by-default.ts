/** Cognito pre token generation trigger (event version 1). Anyone may sign up, and a self-registered
 * account belongs to no group; its tokens say `cognito:groups: ["participant"]`, so it can register
 * innovations at once. An account the secretariat has put in a group (admin, jury, verifier or
 * participant) keeps exactly its groups: nobody becomes jury, verifier or admin by signing up.
 * Pure: no AWS call, no permission needed. */
import type { PreTokenGenerationTriggerEvent } from 'aws-lambda';

export const DEFAULT_GROUP = 'participant';

export const withDefaultGroup = <E extends PreTokenGenerationTriggerEvent>(event: E): E => {
  const groups = event.request.groupConfiguration?.groupsToOverride ?? [];
  if (groups.length > 0) return event;
  return {
    ...event,
    response: {
      ...event.response,
      claimsOverrideDetails: {
        ...event.response?.claimsOverrideDetails,
        groupOverrideDetails: { groupsToOverride: [DEFAULT_GROUP] },
      },
    },
  };
};

export const handler = async (event: PreTokenGenerationTriggerEvent): Promise<PreTokenGenerationTriggerEvent> => withDefaultGroup(event);
