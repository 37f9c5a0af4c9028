import { useState } from "preact/hooks";
import { type Action, useAction } from "./useAction";

export interface CreateForm {
  readonly name: string;
  readonly setName: (name: string) => void;
  /** What the last submit created: its id and the name it shows. */
  readonly created: { readonly id: string; readonly name: string } | null;
  readonly action: Action;
  readonly submit: (event: Event) => Promise<void>;
}

/**
 * The state of a form that creates something by name: `create` gets the
 * trimmed name and resolves to the new id; on success the field empties and
 * `created` names what was made (`unnamed` when the name was left empty).
 */
export function useCreateForm(create: (name: string) => Promise<string>, onCreated: () => Promise<void>, unnamed = ""): CreateForm {
  const [name, setName] = useState("");
  const [created, setCreated] = useState<CreateForm["created"]>(null);
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    setCreated(null);
    await action.run(async () => {
      const id = await create(name.trim());
      setCreated({ id, name: name.trim() || unnamed });
      setName("");
      await onCreated();
    });
  };
  return { name, setName, created, action, submit };
}
