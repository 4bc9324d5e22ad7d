import { z } from 'zod';
import { operation } from '../operation';
import { SessionLocation } from '../../session/location';

export const session = {
  /** Where the app last stood, checked against the book (null: nothing stored, start on the accounts list). */
  getLocation: operation('session:getLocation', z.undefined(), SessionLocation.nullable()),
  setLocation: operation('session:setLocation', SessionLocation, z.null()),
};
