import { ActionIcon, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ServiceRole } from '@corium/contracts';
import { withKind } from './service-draft';
import { deviceKindLabels, optionsOf, roomKindLabels } from './setup-words';

interface RolesEditorProps {
  roles: ServiceRole[];
  errors: Record<string, string>;
  onChange: (roles: ServiceRole[]) => void;
}

const kindLabels = { room: 'A room', practitioner: 'A practitioner', device: 'A device' };

/** What a visit needs filled: a room of a kind, a practitioner, a device of a kind. */
export function RolesEditor({ roles, errors, onChange }: RolesEditorProps) {
  const set = (i: number, role: ServiceRole) => onChange(roles.map((r, j) => (j === i ? role : r)));
  return (
    <Stack gap="sm">
      {roles.map((role, i) => (
        <RoleRow
          key={i}
          role={role}
          index={i}
          errors={errors}
          onlyOne={roles.length === 1}
          onSet={(r) => set(i, r)}
          onRemove={() => onChange(roles.filter((_, j) => j !== i))}
        />
      ))}
    </Stack>
  );
}

interface RoleRowProps {
  role: ServiceRole;
  index: number;
  errors: Record<string, string>;
  onlyOne: boolean;
  onSet: (role: ServiceRole) => void;
  onRemove: () => void;
}

function RoleRow({ role, index, errors, onlyOne, onSet, onRemove }: RoleRowProps) {
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <TextInput
        label={`Role ${index + 1} name`}
        value={role.key}
        onChange={(e) => onSet({ ...role, key: e.currentTarget.value })}
        error={errors[`definition.roles.${index}.key`] ?? errors[`definition.roles.${index}`]}
        w={160}
      />
      <NativeSelect
        label="Filled by"
        data={optionsOf(kindLabels)}
        value={role.kind}
        onChange={(e) => onSet(withKind(role, e.currentTarget.value as ServiceRole['kind']))}
        w={170}
      />
      {role.kind === 'room' && (
        <NativeSelect
          label="Room kind"
          data={optionsOf(roomKindLabels)}
          value={role.roomKind}
          onChange={(e) => onSet({ ...role, roomKind: e.currentTarget.value as ServiceRole['roomKind'] })}
          w={200}
        />
      )}
      {role.kind === 'device' && (
        <NativeSelect
          label="Device kind"
          data={optionsOf(deviceKindLabels)}
          value={role.deviceKind}
          onChange={(e) => onSet({ ...role, deviceKind: e.currentTarget.value as ServiceRole['deviceKind'] })}
          w={220}
        />
      )}
      <ActionIcon
        variant="subtle"
        color="red"
        mt={26}
        aria-label={`Remove role ${role.key}`}
        disabled={onlyOne}
        onClick={onRemove}
      >
        <IconTrash size={18} aria-hidden="true" />
      </ActionIcon>
    </Group>
  );
}
